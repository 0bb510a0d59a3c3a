/*
 * The floor for the cold-start harness: a Lambda Runtime API loop in plain C with blocking sockets and
 * keep-alive HTTP/1.1. It answers every event with a fixed JSON body. Nothing in a managed runtime can
 * start or turn around faster than this, so HandlerSdk's figures are quoted as ratios to it.
 */
#define _GNU_SOURCE
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

static char buffer[1 << 20];
static size_t used;

static int read_response(int fd, char *request_id, size_t id_size) {
    for (;;) {
        char *end = memmem(buffer, used, "\r\n\r\n", 4);
        if (end) {
            size_t head = (size_t)(end - buffer) + 4;
            size_t length = 0;
            request_id[0] = 0;
            for (char *line = strstr(buffer, "\r\n") + 2; line < end; line = strstr(line, "\r\n") + 2) {
                if (strncasecmp(line, "Content-Length:", 15) == 0) length = strtoul(line + 15, NULL, 10);
                if (strncasecmp(line, "Lambda-Runtime-Aws-Request-Id:", 30) == 0) {
                    char *value = line + 30;
                    while (*value == ' ') value++;
                    size_t n = strcspn(value, "\r");
                    if (n >= id_size) n = id_size - 1;
                    memcpy(request_id, value, n);
                    request_id[n] = 0;
                }
            }
            while (used < head + length) {
                ssize_t got = recv(fd, buffer + used, sizeof buffer - used, 0);
                if (got <= 0) return -1;
                used += (size_t)got;
            }
            int status = atoi(buffer + 9);
            memmove(buffer, buffer + head + length, used - head - length);
            used -= head + length;
            return status;
        }
        ssize_t got = recv(fd, buffer + used, sizeof buffer - used - 1, 0);
        if (got <= 0) return -1;
        used += (size_t)got;
        buffer[used] = 0;
    }
}

static int send_all(int fd, const char *data, size_t length) {
    while (length > 0) {
        ssize_t sent = send(fd, data, length, 0);
        if (sent <= 0) return -1;
        data += sent;
        length -= (size_t)sent;
    }
    return 0;
}

int main(void) {
    const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
    if (!api) return 2;
    char host[256];
    snprintf(host, sizeof host, "%s", api);
    char *colon = strrchr(host, ':');
    if (!colon) return 2;
    *colon = 0;
    struct addrinfo hints = {0}, *address;
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, colon + 1, &hints, &address) != 0) return 3;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, address->ai_addr, address->ai_addrlen) != 0) return 4;

    const char *body = "{\"message\":\"Hello, Ada!\"}";
    char request[1024], request_id[128];
    for (;;) {
        int n = snprintf(request, sizeof request, "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: %s\r\n\r\n", api);
        if (send_all(fd, request, (size_t)n) != 0 || read_response(fd, request_id, sizeof request_id) != 200) return 5;
        n = snprintf(request, sizeof request,
                     "POST /2018-06-01/runtime/invocation/%s/response HTTP/1.1\r\nHost: %s\r\nContent-Length: %zu\r\n\r\n%s",
                     request_id, api, strlen(body), body);
        if (send_all(fd, request, (size_t)n) != 0 || read_response(fd, request_id, sizeof request_id) != 202) return 6;
    }
}
