"""The fieldwork: the sample, who visits which municipality, every contact attempt and appointment, and each
sampled municipality's status worked out from them and its interviews. Records with change logs, merged as
interviews are (``records``); the sample (``sample``), contacts and appointments (``contacts``), the status and
the agenda (``status``), and appointments as iCalendar (``calendar``)."""
