"""Reading mapping files: spreadsheets and CSV, and CISO Assistant's mapping YAML."""
