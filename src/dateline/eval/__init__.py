"""Evaluation harnesses: each area measures itself against labelled data shipped in `eval/data/`."""
