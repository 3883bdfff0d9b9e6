package press.aurora.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page an editor keeps open while {@code aurora watch} runs: every edition's contact sheet and
 * page-fit line, reloading itself when a rebuild finishes. Served by the JDK's own HTTP server, on
 * 127.0.0.1 only: {@code /} the page, {@code /sheet/<edition>.png} a contact sheet, {@code /version}
 * a number that grows with each rebuild (the page asks for it every second).
 */
public final class PreviewServer implements AutoCloseable {

    /** What the page shows of one edition. */
    public record EditionView(String id, String line, Path sheet) {
    }

    private final HttpServer server;
    private final String title;
    private Map<String, EditionView> editions = Map.of();
    private long version;

    private PreviewServer(HttpServer server, String title) {
        this.server = server;
        this.title = title;
    }

    /** Starts serving on 127.0.0.1:{@code port} (0: any free port). */
    public static PreviewServer start(int port, String title) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
        PreviewServer preview = new PreviewServer(http, title);
        http.createContext("/", preview::handle);
        http.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Shows these editions from now on and tells open pages to reload. */
    public synchronized void update(List<EditionView> views) {
        Map<String, EditionView> next = new LinkedHashMap<>(editions);
        views.forEach(v -> next.put(v.id(), v));
        editions = next;
        version++;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, "text/plain", bytes("GET only"));
            } else if (path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8", bytes(page()));
            } else if (path.equals("/version")) {
                send(exchange, 200, "text/plain", bytes(Long.toString(currentVersion())));
            } else if (path.startsWith("/sheet/") && path.endsWith(".png")) {
                EditionView view = view(path.substring("/sheet/".length(), path.length() - ".png".length()));
                if (view == null || view.sheet() == null || !Files.isRegularFile(view.sheet())) {
                    send(exchange, 404, "text/plain", bytes("no contact sheet"));
                } else {
                    send(exchange, 200, "image/png", Files.readAllBytes(view.sheet()));
                }
            } else {
                send(exchange, 404, "text/plain", bytes("not found"));
            }
        }
    }

    private synchronized long currentVersion() {
        return version;
    }

    private synchronized EditionView view(String id) {
        return editions.get(id);
    }

    private synchronized String page() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>body{font-family:sans-serif;background:#333;color:#eee;margin:1em}"
                        + "h2{font-size:1em;margin:1.2em 0 .3em}pre{margin:0 0 .4em}img{max-width:100%;border:1px solid #555}</style>\n")
                .append("<script>const seen=").append(version).append(";setInterval(()=>fetch('/version').then(r=>r.text())"
                        + ".then(v=>{if(Number(v)!==seen)location.reload()}).catch(()=>{}),1000);</script>\n")
                .append("</head><body><h1>").append(escape(title)).append("</h1>\n");
        for (EditionView view : editions.values()) {
            html.append("<h2>").append(escape(view.id())).append("</h2><pre>").append(escape(view.line())).append("</pre>\n");
            if (view.sheet() != null) {
                html.append("<img alt=\"pages of ").append(escape(view.id())).append("\" src=\"/sheet/")
                        .append(escape(view.id())).append(".png?v=").append(version).append("\">\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
