"""Impact Desktop: record, import and report corporate philanthropy figures offline."""

__version__ = "0.1.0"
APP_NAME = "Impact Desktop"
