"""Razem: a desktop app for moderators of participatory planning workshops."""

__version__ = "0.1.0"
APP_NAME = "Razem"
