package dev.cairn.benchmarks.load;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import dev.cairn.benchmarks.SampleItems;
import dev.cairn.frontend.http.HttpConfig;
import dev.cairn.frontend.http.NettyTransport;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The HTTP ceiling of this machine: the same Netty transport and HTTP pipeline Cairn uses
 * ({@link NettyTransport#best()}, as many event loops, HttpServerCodec, an aggregator), answering
 * every request on the event loop with one fixed ~1 KB GetItem-shaped JSON body and no engine
 * behind it. Cairn's throughput as a fraction of this is what
 * its own work costs. Binds 127.0.0.1 unless told otherwise.
 *
 * <p>Usage: {@code BareNettyServer <port> [host]}; runs until killed.
 */
public final class BareNettyServer {

    private BareNettyServer() {}

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        byte[] body = ("{\"Item\":" + SampleItems.itemJson(42, 7, new Random(42)) + "}").getBytes(StandardCharsets.UTF_8);
        ByteBuf content = Unpooled.unreleasableBuffer(Unpooled.directBuffer(body.length).writeBytes(body));
        NettyTransport transport = NettyTransport.best();
        EventLoopGroup acceptors = new MultiThreadIoEventLoopGroup(1, transport.ioHandlerFactory());
        EventLoopGroup eventLoops = new MultiThreadIoEventLoopGroup(HttpConfig.defaults().eventLoopThreads(),
                transport.ioHandlerFactory());
        Channel channel = new ServerBootstrap()
                .group(acceptors, eventLoops)
                .channel(transport.serverChannel())
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new HttpServerCodec())
                                .addLast(new HttpObjectAggregator(16 * 1024 * 1024))
                                .addLast(new FixedAnswer(content));
                    }
                })
                .bind(host, port)
                .sync()
                .channel();
        System.out.println("bare netty (" + transport + ") listening on http://" + host + ":" + port + " ("
                + body.length + "-byte answers)");
        channel.closeFuture().sync();
    }

    /** Answers every request with the fixed body, keeping the connection alive when asked. */
    private static final class FixedAnswer extends SimpleChannelInboundHandler<FullHttpRequest> {
        private final ByteBuf content;

        FixedAnswer(ByteBuf content) {
            this.content = content;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                    content.duplicate());
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/x-amz-json-1.0")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes())
                    .set("x-amzn-RequestId", "bare");
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            var written = ctx.writeAndFlush(response);
            if (!keepAlive) {
                written.addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
