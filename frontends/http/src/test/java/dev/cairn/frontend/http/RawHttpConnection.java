package dev.cairn.frontend.http;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One plain TCP connection speaking HTTP/1.1 by hand, so tests can see exactly which connection
 * carried which request (keep-alive, pipelining) and the exact bytes of each response.
 */
final class RawHttpConnection implements AutoCloseable {

    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawHttpConnection(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true); // a head and a body written apart must not wait out a delayed ACK (40 ms)
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Whether any bytes of an answer have arrived and not been read. */
    boolean answerArrived() throws IOException {
        return in.available() > 0;
    }

    /** Sends a DynamoDB-style POST without waiting for its answer. */
    void post(String target, byte[] body, Map<String, String> extraHeaders) throws IOException {
        StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (target != null) {
            head.append("X-Amz-Target: ").append(target).append("\r\n");
        }
        head.append("Content-Type: application/x-amz-json-1.0\r\n");
        extraHeaders.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    void post(String target, String body) throws IOException {
        post(target, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    void send(String rawRequest) throws IOException {
        out.write(rawRequest.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one response with a Content-Length body. */
    Response read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body = new byte[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
        in.readFully(body);
        return new Response(status, headers, body);
    }

    /** Shuts down this side's output (the client's FIN, shutdown(SHUT_WR)); the answer can still be read. */
    void halfClose() throws IOException {
        socket.shutdownOutput();
    }

    /** Closes abruptly: the server sees a reset, not a FIN. */
    void reset() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    /** True when the server has closed the connection. */
    boolean closedByServer() throws IOException {
        return in.read() == -1;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
