"""Stage 5, reports: every format an editor can read or forward.

``reports.render`` (JSON, HTML, Markdown, text), ``report_review`` (the editor's review
in reports) and ``writing`` (a report is never written over an input).
Nothing is imported here: each module is imported where it is used.
"""
