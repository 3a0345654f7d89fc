"""PyInstaller runtime hook: with LEAPS_QUIT_WHEN_SHOWN set, say when the window is up, then quit.

The size report and the smoke test use it to time start-up to a shown window and to prove the
frozen GUI starts at all; without the variable it does nothing and imports nothing.
"""

import os

_target = os.environ.get("LEAPS_QUIT_WHEN_SHOWN")
if _target:
    import json
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    _original_exec = QApplication.exec

    def _report_and_quit() -> None:
        shown = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        line = f"LEAPS_SHOWN {json.dumps(shown, ensure_ascii=False)}\n"
        # A windowed Windows build has no stdout: any value but "1" names a file to append to.
        if _target == "1" and sys.stdout is not None:
            sys.stdout.write(line)
            sys.stdout.flush()
        else:
            with open(_target, "a", encoding="utf-8") as out:
                out.write(line)
        QApplication.closeAllWindows()
        QApplication.quit()

    def _exec_until_shown(*_args: object) -> int:
        # A zero timer fires once the event loop has run, after the pending show and paint events.
        QTimer.singleShot(0, _report_and_quit)
        return _original_exec()

    QApplication.exec = _exec_until_shown  # type: ignore[method-assign]
