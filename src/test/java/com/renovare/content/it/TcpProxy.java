package com.renovare.content.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy a test can cut and restore, to take the database away from an app process
 * without touching the database itself.
 */
final class TcpProxy implements AutoCloseable {

  private final int targetPort;
  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      this.port = probe.getLocalPort();
    }
    open();
  }

  int port() {
    return port;
  }

  /** Accepts connections again, on the same port. */
  synchronized void open() throws IOException {
    ServerSocket listening = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    server = listening;
    Thread acceptor =
        new Thread(
            () -> {
              while (!listening.isClosed()) {
                try {
                  Socket client = listening.accept();
                  Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                  sockets.add(client);
                  sockets.add(upstream);
                  pump(client, upstream);
                  pump(upstream, client);
                } catch (IOException e) {
                  // closed by cut(), or one connection failed: keep accepting while open
                }
              }
            },
            "proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Drops every connection and refuses new ones, as a database outage would. */
  synchronized void cut() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    sockets.clear();
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private static void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                try {
                  from.close();
                  to.close();
                } catch (IOException e) {
                  // closing anyway
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
  }
}
