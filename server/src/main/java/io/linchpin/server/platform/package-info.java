/**
 * What every capability stands on: database start-up checks, the error format of the API
 * (RFC 9457 problem details) and the shared page layout. Open to all modules; holds no domain.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.linchpin.server.platform;
