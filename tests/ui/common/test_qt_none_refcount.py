"""Guards the PySide6 pin: 6.12.0 dropped a reference to None on every void Qt call and
aborted Python 3.11 ("Fatal Python error: none_dealloc") after a few thousand calls."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CALLS = 100_000


def test_hundred_thousand_void_qt_calls_keep_the_interpreter_alive() -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QObject
        obj = QObject()
        before = sys.getrefcount(None)
        for i in range({CALLS}):
            obj.setObjectName("element")   # returns None
            obj.blockSignals(False)        # returns a bool, for contrast
        after = sys.getrefcount(None)
        print(before - after)
        """
    )
    # A separate interpreter, so that the abort fails this test instead of the whole run.
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lost = int(done.stdout.strip())
    assert lost < CALLS // 10, f"{lost} references to None were lost in {CALLS} calls"
