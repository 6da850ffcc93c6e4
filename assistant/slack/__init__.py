"""The Slack channel: Events API, slash command, buttons and Socket Mode over the shared `ask`.

`routes.create_slack_blueprint` mounts it in the Flask app; `socket_mode.run_socket_mode` runs it
without a public URL. Import those modules directly: this package imports nothing on its own.
"""
