"""Reporters: findings to text, JSON and the CI formats."""
