package com.renovare.content.platform.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile HTTP server on a real socket: it reads each request's head and then either answers
 * {@code 200 OK} with {@code Content-Length: 100} and sends no body ({@link Mode#SILENT_BODY}), or
 * drips its status line one byte every 300 ms forever ({@link Mode#DRIP}). It never closes a
 * connection itself; it counts every connection it accepts.
 */
public final class StallingServer implements AutoCloseable {

  /** How the server stalls. */
  public enum Mode {
    SILENT_BODY,
    DRIP
  }

  private final ServerSocket server;
  private final Mode mode;
  private final AtomicInteger accepted = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private StallingServer(ServerSocket server, Mode mode) {
    this.server = server;
    this.mode = mode;
    this.acceptor = new Thread(this::accept, "stalling-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static StallingServer start(Mode mode) throws IOException {
    return new StallingServer(new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1")), mode);
  }

  public int port() {
    return server.getLocalPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  /** Connections accepted so far. */
  public int connections() {
    return accepted.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        accepted.incrementAndGet();
        open.add(socket);
        Thread stall = new Thread(() -> stall(socket), "stalling-connection");
        stall.setDaemon(true);
        stall.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void stall(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      int matched = 0;
      byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      while (matched < end.length) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
      }
      OutputStream out = socket.getOutputStream();
      if (mode == Mode.SILENT_BODY) {
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return; // and never another byte
      }
      byte[] status = "HTTP/1.1 200 OK".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; !socket.isClosed(); i = (i + 1) % status.length) {
        out.write(status[i]);
        out.flush();
        Thread.sleep(300);
      }
    } catch (IOException e) {
      // the client gave up
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
  }
}
