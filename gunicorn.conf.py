"""gunicorn's settings that do not depend on the environment (the Procfile's `web` line
passes the rest).

The access log keeps no IP address (the site's privacy page says so): the time, the request
line, the status, the size and the time taken. Behind nginx the address would be nginx's
own anyway; without it, the visitor's. The request line keeps its query string, so a
search's words are logged as in the search statistics, with nothing to tell who searched."""

access_log_format = '%(t)s "%(r)s" %(s)s %(B)s %(M)sms'
