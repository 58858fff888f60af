"""Summaries and figures built from domain objects: the History chart and, later, the clinic report.

Figures are ``matplotlib.figure.Figure`` objects (never pyplot), so the screen and a PDF draw the
very same chart. Modules that import matplotlib are only imported when a chart is first needed;
``history_data`` holds the plain data a chart is drawn from and imports no matplotlib at all.
"""
