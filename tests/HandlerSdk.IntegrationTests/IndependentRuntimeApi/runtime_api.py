"""An independent Lambda Runtime API for the integration tests, written on Python's standard library.

It is deliberately unlike the project's emulator: /next answers use chunked transfer coding and lower-case header
names, as other HTTP servers may. It serves the events given as a JSON array in argv[1], then answers /next with
500 (Lambda's "the environment is broken"), so the runtime exits. The first stdout line is the port; then one JSON
line per POST the runtime makes.
"""
import http.server
import json
import sys
import time
import uuid

events = json.load(open(sys.argv[1]))


class RuntimeApi(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path != "/2018-06-01/runtime/invocation/next":
            self.answer(404, b'{"errorMessage":"not found"}')
            return
        if not events:
            self.answer(500, b'{"errorMessage":"no more events","errorType":"Runtime.Unknown"}')
            return
        body = json.dumps(events.pop(0)).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("lambda-runtime-aws-request-id", str(uuid.uuid4()))
        self.send_header("lambda-runtime-deadline-ms", str(int(time.time() * 1000) + 10000))
        self.send_header("lambda-runtime-invoked-function-arn", "arn:aws:lambda:eu-west-1:123456789012:function:independent")
        self.send_header("lambda-runtime-trace-id", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        half = len(body) // 2
        for chunk in (body[:half], body[half:]):
            if chunk:
                self.wfile.write(b"%x;ext=1\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\nx-trailer: ignored\r\n\r\n")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        print(json.dumps({
            "path": self.path,
            "errorType": self.headers.get("Lambda-Runtime-Function-Error-Type"),
            "body": body.decode("utf-8"),
        }), flush=True)
        self.answer(202, b'{"status":"OK"}')

    def answer(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RuntimeApi)
print(server.server_address[1], flush=True)
server.serve_forever()
