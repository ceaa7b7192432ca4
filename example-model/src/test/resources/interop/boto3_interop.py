"""The reference client's side of Dynamap's interoperability test.

Reads items through boto3's resource layer (so values go through boto3's TypeDeserializer into
Python types) and prints them back as DynamoDB JSON by an explicit mapping, or writes items made
of plain Python values (through boto3's TypeSerializer). The Java test compares both ways.

Mapping, Python type -> DynamoDB type: str -> S, Decimal -> N, Binary/bytes -> B, bool -> BOOL,
None -> NULL, set of str/Decimal/Binary -> SS/NS/BS, list -> L, dict -> M.

usage: boto3_interop.py read ENDPOINT TABLE KEYS_JSON   (KEYS_JSON: a JSON list of key objects)
       boto3_interop.py write ENDPOINT TABLE            (writes the items of write_items())
"""
import base64
import json
import sys
import uuid
from decimal import Decimal

import boto3
from boto3.dynamodb.types import Binary


def resource(endpoint):
    return boto3.resource(
        "dynamodb",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="dummy",
        aws_secret_access_key="dummy",
    )


def to_dynamo_json(value):
    if value is None:
        return {"NULL": True}
    if isinstance(value, bool):
        return {"BOOL": value}
    if isinstance(value, str):
        return {"S": value}
    if isinstance(value, Decimal):
        return {"N": str(value)}
    if isinstance(value, (Binary, bytes, bytearray)):
        raw = value.value if isinstance(value, Binary) else bytes(value)
        return {"B": base64.b64encode(raw).decode("ascii")}
    if isinstance(value, set):
        members = list(value)
        first = members[0]
        if isinstance(first, str):
            return {"SS": sorted(members)}
        if isinstance(first, Decimal):
            return {"NS": [str(m) for m in members]}
        return {"BS": [base64.b64encode(m.value if isinstance(m, Binary) else bytes(m)).decode("ascii") for m in members]}
    if isinstance(value, list):
        return {"L": [to_dynamo_json(v) for v in value]}
    if isinstance(value, dict):
        return {"M": {k: to_dynamo_json(v) for k, v in value.items()}}
    raise TypeError("unexpected Python type %s" % type(value))


def read(endpoint, table_name, keys_json):
    table = resource(endpoint).Table(table_name)
    out = []
    for key in json.loads(keys_json):
        item = table.get_item(Key=key, ConsistentRead=True).get("Item")
        out.append(None if item is None else {k: to_dynamo_json(v) for k, v in item.items()})
    json.dump(out, sys.stdout, ensure_ascii=False)


def write_items():
    """Orders as a Python service would write them: plain values, no Dynamap involved."""
    return [
        {
            "customerId": "py-1",
            "placedAt": "2026-03-01T10:00:00Z",  # an ISO instant without fraction
            "orderId": str(uuid.UUID("12345678-1234-5678-1234-567812345678")),
            "status": "SHIPPED",
            "total": Decimal("59.90"),
            "itemCount": 3,
            "giftWrapped": True,
            "lines": [
                {"sku": "BOOK-001", "quantity": 2, "unitPrice": Decimal("19.95"), "options": {"gift-note", "red"}},
                {"sku": "PEN-RED", "quantity": 1, "unitPrice": Decimal("20")},
            ],
            "addedByPython": {"nested": [1, "two", None]},  # unknown to the Java class: ignored
        },
        {
            "customerId": "py-1",
            "placedAt": "2026-03-02T10:00:00.123456789Z",
            "status": "PLACED",
            "total": Decimal("-0.5"),
            "itemCount": 0,
            "giftWrapped": False,
            "note": "ünïcødé ✓ 😀",
        },
    ]


def write(endpoint, table_name):
    table = resource(endpoint).Table(table_name)
    for item in write_items():
        table.put_item(Item=item)
    print(len(write_items()))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "read":
        read(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "write":
        write(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit("unknown command " + command)
