package dev.wanr2v.temporal.harness;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cuts one machine off the Temporal service, as a crash does: calls in flight are canceled, new ones fail at once.
 * Whatever the machine's workers finish afterwards never reaches the service.
 */
final class KillSwitch implements ClientInterceptor {
    private final Set<ClientCall<?, ?>> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean dead;

    void trip() {
        dead = true;
        for (ClientCall<?, ?> call : inFlight) {
            call.cancel("the machine crashed (test)", null);
        }
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        if (dead) {
            return new DeadCall<>();
        }
        ClientCall<Q, R> call = new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                ClientCall<Q, R> self = this;
                inFlight.add(self);
                super.start(new io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onClose(Status status, Metadata trailers) {
                        inFlight.remove(self);
                        super.onClose(status, trailers);
                    }
                }, headers);
            }
        };
        return call;
    }

    /** A call to a machine that no longer exists. */
    private static final class DeadCall<Q, R> extends ClientCall<Q, R> {
        @Override
        public void start(Listener<R> listener, Metadata headers) {
            listener.onClose(Status.UNAVAILABLE.withDescription("the machine crashed (test)"), new Metadata());
        }

        @Override
        public void request(int n) {
        }

        @Override
        public void cancel(String message, Throwable cause) {
        }

        @Override
        public void halfClose() {
        }

        @Override
        public void sendMessage(Q message) {
        }
    }
}
