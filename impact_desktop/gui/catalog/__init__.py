"""The catalogue (units, programs, channels, metrics): its pages, dialogs, figures and overview."""
