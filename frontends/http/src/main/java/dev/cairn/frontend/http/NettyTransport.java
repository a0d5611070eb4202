package dev.cairn.frontend.http;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * The Netty transport a server uses: native epoll where Netty's library for it loads (Linux on
 * x86-64), else NIO. Epoll spends less per request than NIO's selector (no selected-key sets, no
 * per-write {@code ByteBuffer} arrays). {@code -Dio.netty.transport.noNative=true} forces NIO.
 */
public enum NettyTransport {
    EPOLL,
    NIO;

    /** Epoll when it is available here, else NIO. */
    public static NettyTransport best() {
        return Epoll.isAvailable() ? EPOLL : NIO;
    }

    public IoHandlerFactory ioHandlerFactory() {
        return this == EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    }

    public Class<? extends ServerChannel> serverChannel() {
        return this == EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }
}
