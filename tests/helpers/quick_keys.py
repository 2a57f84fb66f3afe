"""A coordinator's key file as ``keys.save_coordinator_keys`` writes it, but with age's
scrypt work factor at 2^10 instead of the ~1 s that rage picks: a test that starts the
real command many times (each reads the key file) spends its time on what it tests.
The file is a genuine age file (https://age-encryption.org/v1): the app opens it as any."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from veldwerk.bundle import keys as keymod

CHUNK = 64 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt or None, info).derive(key)


def age_scrypt_encrypt(plain: bytes, passphrase: str, log_n: int = 10) -> bytes:
    file_key, salt = os.urandom(16), os.urandom(16)
    wrap = hashlib.scrypt(passphrase.encode(), salt=b"age-encryption.org/v1/scrypt" + salt,
                          n=1 << log_n, r=8, p=1, dklen=32, maxmem=64 << 20)
    body = ChaCha20Poly1305(wrap).encrypt(b"\0" * 12, file_key, None)
    header = (f"age-encryption.org/v1\n-> scrypt {_b64(salt)} {log_n}\n{_b64(body)}\n---"
              ).encode("ascii")
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, "sha256").digest()
    nonce = os.urandom(16)
    stream = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plain[i:i + CHUNK] for i in range(0, len(plain), CHUNK)] or [b""]
    out = [header + f" {_b64(mac)}\n".encode("ascii"), nonce]
    for number, chunk in enumerate(chunks):
        last = b"\1" if number == len(chunks) - 1 else b"\0"
        out.append(stream.encrypt(number.to_bytes(11, "big") + last, chunk, None))
    return b"".join(out)


def quick_key_file(keys: keymod.CoordinatorKeys, path: Path, passphrase: str) -> Path:
    body = json.dumps({"format": keymod.KEY_FORMAT, "version": 1, "age": str(keys.age),
                       "signing": keymod.secret_text(keys.signing),
                       "made": "2026-01-01T00:00:00+00:00"}).encode("utf-8")
    path.write_bytes(age_scrypt_encrypt(body, passphrase))
    return path
