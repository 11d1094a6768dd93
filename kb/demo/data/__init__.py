"""Demodata for Samskapingsbanken."""
