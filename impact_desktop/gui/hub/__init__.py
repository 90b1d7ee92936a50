"""The team hub: connecting, syncing and resolving conflicts."""
