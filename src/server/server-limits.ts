import type { Server } from 'node:http';

/**
 * Time limits for a server facing the internet: a client that trickles its headers or its request
 * (slowloris) is cut off instead of holding a connection for Node's default five minutes.
 */
export function limitSlowClients(server: Server): Server {
	server.headersTimeout = 10_000;
	server.requestTimeout = 30_000;
	server.keepAliveTimeout = 5_000;
	return server;
}
