"""Personal data: erasing informants' and contact persons' names and contacts from the answers, the change
logs and everything worked out from them (``erasure``), and from the file's free pages (``purge``)."""
