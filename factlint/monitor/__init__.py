"""Monitoring: scheduled runs over feeds and folders, and their history."""
