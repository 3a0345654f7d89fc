"""The Qt window: widgets, dialogs and view models. Talks only to the services."""
