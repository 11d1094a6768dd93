"""Log records as one line each, so that a platform's log collector sees one event per line
(a traceback included): plain text by default, JSON lines with LOG_FORMAT=json. The standard
library only; LOGGING in kb/settings/base.py names these classes. No models here: logging is
configured before the apps are loaded."""

import json
import logging
from datetime import UTC, datetime


class OneLineFormatter(logging.Formatter):
    """The usual text format, with the line breaks of a message or a traceback escaped."""

    def format(self, record):
        return super().format(record).replace("\r", "\\r").replace("\n", "\\n")


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message, and the
    traceback as `exception` when there is one."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        # json.dumps escapes line breaks inside strings: the object stays on one line.
        return json.dumps(entry, ensure_ascii=False, default=str)
