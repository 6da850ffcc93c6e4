"""A local stand-in for Slack's Socket Mode endpoint: a minimal WebSocket server on 127.0.0.1.

The SDK's real SocketModeClient connects to it (the fake Web API's apps.connections.open hands out
its ws:// URL), receives envelopes from the test and sends its acknowledgements back.
"""
from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455's fixed handshake GUID


class FakeSocketMode:
    """Slack's Socket Mode WebSocket on 127.0.0.1: sends envelopes, records the client's acks."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"ws://127.0.0.1:{self.server.getsockname()[1]}/link/?ticket=test"
        self.acks: list[dict] = []
        self._conn: socket.socket | None = None
        self._connected = threading.Event()
        self._closed = threading.Event()
        self._send_lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.server.accept()
        except OSError:
            return
        self._conn = conn
        request = b""
        while b"\r\n\r\n" not in request:
            request += conn.recv(1024)
        key = next(line.split(":", 1)[1].strip() for line in request.decode().split("\r\n")
                   if line.lower().startswith("sec-websocket-key:"))
        accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()
        conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      f"Connection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n").encode())
        self._connected.set()
        self.send({"type": "hello", "num_connections": 1})
        try:
            self._read(conn)
        except OSError:
            pass
        finally:
            self._closed.set()

    def _read(self, conn: socket.socket) -> None:
        def exactly(n: int) -> bytes:
            data = b""
            while len(data) < n:
                part = conn.recv(n - len(data))
                if not part:
                    raise OSError("closed")
                data += part
            return data

        while True:
            first, second = exactly(2)
            opcode, length = first & 0x0F, second & 0x7F
            if length == 126:
                length = struct.unpack(">H", exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", exactly(8))[0]
            mask = exactly(4) if second & 0x80 else b"\0\0\0\0"
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(exactly(length)))
            if opcode == 0x1:
                self.acks.append(json.loads(payload))
            elif opcode == 0x9:
                self._frame(0xA, payload)
            elif opcode == 0x8:
                return

    def _frame(self, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        if len(payload) < 126:
            header += bytes([len(payload)])
        elif len(payload) < 65536:
            header += bytes([126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([127]) + struct.pack(">Q", len(payload))
        with self._send_lock:
            assert self._conn is not None
            self._conn.sendall(header + payload)

    def send(self, envelope: dict) -> None:
        if not self._connected.wait(10):
            raise AssertionError("Socket Mode-klienten forbandt sig aldrig")
        self._frame(0x1, json.dumps(envelope).encode())

    def wait_for_ack(self, envelope_id: str, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for ack in list(self.acks):
                if ack.get("envelope_id") == envelope_id:
                    return ack
            time.sleep(0.01)
        raise AssertionError(f"ingen kvittering for {envelope_id}; fik {self.acks}")

    def close(self) -> None:
        self.server.close()
        if self._conn is not None:
            self._conn.close()
        self._thread.join(5)
