"""Engine, migrations, backups and the one place that opens a project."""
