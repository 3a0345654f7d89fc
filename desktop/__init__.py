"""LEAPS Catalogue: an offline-first desktop catalogue of city innovation cases."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "LEAPS Catalogue"
ORGANISATION = "LEAPS"

try:
    __version__ = version("leaps-catalogue")
except PackageNotFoundError:  # running from a source tree or a frozen build without metadata
    __version__ = "0.1.0"
