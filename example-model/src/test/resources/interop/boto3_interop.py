"""The reference client's side of Dynamap's interoperability test.

Reads items through boto3's resource layer (so values go through boto3's TypeDeserializer into
Python types) and prints them back as DynamoDB JSON by an explicit mapping, or writes items made
of plain Python values (through boto3's TypeSerializer). The Java test compares both ways.

Mapping, Python type -> DynamoDB type: str -> S, Decimal -> N, Binary/bytes -> B, bool -> BOOL,
None -> NULL, set of str/Decimal/Binary -> SS/NS/BS, list -> L, dict -> M.

Numbers: for doubles and floats given by their bits, Python's own text (repr, the shortest
decimal that reads back and the nearest of the shortest; for float32, which Python lacks, the same
rule computed exactly) is compared with what Dynamap stores, both ways.

usage: boto3_interop.py read ENDPOINT TABLE KEYS_JSON   (KEYS_JSON: a JSON list of key objects)
       boto3_interop.py write ENDPOINT TABLE            (writes the items of write_items())
       boto3_interop.py read-numbers ENDPOINT TABLE CASES_JSON
       boto3_interop.py write-numbers ENDPOINT TABLE CASES_JSON
           (CASES_JSON: a JSON list of {"key": {...}, "double": HEX16, "float": HEX8}; read-numbers
           prints two lines a case, "STORED PYTHON" for the double then the float attribute)
"""
import base64
import json
import struct
import sys
import uuid
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, localcontext
from fractions import Fraction

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


def double_of(hex_bits):
    return struct.unpack(">d", bytes.fromhex(hex_bits))[0]


def float32_of(bits):
    """The float32 with these bits, as a Python float (exact: every float32 is a double)."""
    return struct.unpack(">f", struct.pack(">I", bits))[0]


def python_double_text(hex_bits):
    """What Python writes for a double: repr, the shortest that reads back, nearest of those."""
    return repr(double_of(hex_bits))


def shortest_float32_text(hex_bits):
    """The shortest decimal in the float32's rounding interval, the nearest of those, exactly."""
    bits = int(hex_bits, 16)
    sign = "-" if bits >> 31 else ""
    magnitude = bits & 0x7FFFFFFF
    if magnitude == 0:
        return "0"
    x = Fraction(float32_of(magnitude))
    below = Fraction(float32_of(magnitude - 1))
    above = Fraction(float32_of(magnitude + 1)) if magnitude + 1 < 0x7F800000 else x + (x - below)
    low, high = (x + below) / 2, (x + above) / 2
    inclusive = magnitude % 2 == 0  # round half to even: an even significand keeps the bounds

    def inside(d):
        f = Fraction(d)
        return low <= f <= high if inclusive else low < f < high

    exact = Decimal(float32_of(magnitude))
    for digits in range(1, 10):
        with localcontext() as ctx:
            ctx.prec = digits
            ctx.rounding = ROUND_FLOOR
            down = +exact
            ctx.rounding = ROUND_CEILING
            up = +exact
            ctx.rounding = ROUND_HALF_EVEN
            nearest = +exact
        found = [d for d in (down, up) if inside(d)]
        if len(found) == 2:
            to_down, to_up = x - Fraction(down), Fraction(up) - x
            return sign + str(down if to_down < to_up else up if to_up < to_down else nearest)
        if found:
            return sign + str(found[0])
    raise ValueError("no float32 text for " + hex_bits)


def read_numbers(endpoint, table_name, cases_json):
    table = resource(endpoint).Table(table_name)
    for case in json.loads(cases_json):
        item = table.get_item(Key=case["key"], ConsistentRead=True)["Item"]
        stored_double, stored_float = item["doubleValue"], item["floatValue"]
        # boto3 reads N as an exact Decimal: the stored text must read back as the same value.
        if float(stored_double) != double_of(case["double"]):
            raise SystemExit("%s does not read as the double %s" % (stored_double, case["double"]))
        if struct.unpack(">f", struct.pack(">f", float(stored_float)))[0] != float32_of(int(case["float"], 16)):
            raise SystemExit("%s does not read as the float %s" % (stored_float, case["float"]))
        print(str(stored_double), python_double_text(case["double"]))
        print(str(stored_float), shortest_float32_text(case["float"]))


def write_numbers(endpoint, table_name, cases_json):
    table = resource(endpoint).Table(table_name)
    for case in json.loads(cases_json):
        item = dict(case["key"])
        item["doubleValue"] = Decimal(python_double_text(case["double"]))
        item["floatValue"] = Decimal(shortest_float32_text(case["float"]))
        table.put_item(Item=item)
    print(len(json.loads(cases_json)))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "read":
        read(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "write":
        write(sys.argv[2], sys.argv[3])
    elif command == "read-numbers":
        read_numbers(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "write-numbers":
        write_numbers(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit("unknown command " + command)
