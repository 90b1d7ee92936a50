"""What every room uses: app context, background tasks, formatting, dialogs, undo, write waits."""
