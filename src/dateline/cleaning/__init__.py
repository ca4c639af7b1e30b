"""The parts of cleaning: text units and cuts (`spans`), datelines, boilerplate lines, repeats.

`dateline.clean.clean_article` composes them; each part only proposes cuts in raw-text offsets.
"""
