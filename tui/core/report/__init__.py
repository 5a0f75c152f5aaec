"""Stage 5, reports: every format an editor can read or forward.

``formats.FORMATS`` (every format: its name, file ending and renderer), ``reports.render``
(the report's text in one format: JSON, HTML, Markdown, text), ``report_review`` (the
editor's review in reports) and ``writing`` (``ReportGuard``: a report is never written
over an input).
Nothing is imported here: each module is imported where it is used.
"""
