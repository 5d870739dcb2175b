"""Quotations: marked (« » “ ” " ‘ ’) and indirect ("dijo que…", "según X").

``component.QuotationFinder`` (spaCy component ``prensa_quotes``) pairs marks
(``marked``), finds indirect reports (``indirect``), the secondary source
(``source``), and asks ``prensa.speakers`` who said each one.
"""
