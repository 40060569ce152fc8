"""Calendar views laid out for the screen: what goes where, in widget pixels, given the platform's
text metrics. Plain Python, no Qt: the widgets in ``scheduler_app.ui`` only paint a ``Scene``.

The print layouts (``scheduler_app.printing``) stay for paper; both take their colours, marks
and lanes from ``scheduler_app.domain.legend``."""
