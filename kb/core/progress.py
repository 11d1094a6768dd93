"""A small text progress bar for long management commands and benchmarks."""


class ProgressBar:
    """Redraws one line on a terminal; elsewhere (CI logs, pipes) prints a line at most
    every tenth of the way, so logs stay short."""

    width = 30

    def __init__(self, stream, total, label=""):
        self.stream = stream
        self.total = max(total, 1)
        self.label = label
        self.done = 0
        self.interactive = getattr(stream, "isatty", lambda: False)()
        self._last_tenth = -1

    def advance(self, text="", steps=1):
        self.done = min(self.done + steps, self.total)
        filled = int(self.width * self.done / self.total)
        bar = "#" * filled + "-" * (self.width - filled)
        line = f"{self.label} [{bar}] {self.done}/{self.total} {text}".rstrip()
        if self.interactive:
            self.stream.write("\r" + line[:120].ljust(120), ending="")
            self.stream.flush()
        else:
            tenth = 10 * self.done // self.total
            if tenth != self._last_tenth:
                self._last_tenth = tenth
                self.stream.write(line)

    def finish(self):
        if self.interactive:
            self.stream.write("")
