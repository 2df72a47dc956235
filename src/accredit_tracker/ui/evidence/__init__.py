"""Evidence in the window: attaching, the element's file list, the library and file details."""
