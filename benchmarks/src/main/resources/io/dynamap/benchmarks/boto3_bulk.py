"""boto3's side of the bulk benchmark: load n small items with Table.batch_writer, then read
them back with the scan and query paginators of the resource's client (which boto3 sets up to
turn items into Python values, as the resource layer does). Requests are counted with botocore's before-send event; prints one JSON
object per phase.

usage: boto3_bulk.py ENDPOINT TABLE N PARTITIONS
"""
import json
import sys
import time
from decimal import Decimal

import boto3


def main():
    endpoint, table_name, n, partitions = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    resource = boto3.resource(
        "dynamodb",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="dummy",
        aws_secret_access_key="dummy",
    )
    client = resource.meta.client
    requests = [0]

    def count(**kwargs):
        requests[0] += 1

    client.meta.events.register("before-send.dynamodb.*", count)

    # The same data as SampleData.small(i).
    items = [
        {
            "pk": "p%d" % (i % partitions),
            "sk": "item-%07d" % i,
            "name": "Customer %d" % i,
            "email": "customer%d@example.com" % i,
            "country": "FR",
            "age": 20 + i % 60,
            "visits": i % 1000,
            "score": 1000000 + i,
            "balance": Decimal(repr(1234.5 + i % 100)),
            "price": Decimal("19.99"),
            "active": i % 2 == 0,
        }
        for i in range(n)
    ]

    table = resource.Table(table_name)
    requests[0] = 0
    start = time.perf_counter()
    with table.batch_writer() as writer:
        for item in items:
            writer.put_item(Item=item)
    report("write", n, time.perf_counter() - start, requests[0])

    def read(operation, **params):
        requests[0] = 0
        count_items = 0
        start = time.perf_counter()
        for page in client.get_paginator(operation).paginate(**params):
            count_items += len(page["Items"])
        return count_items, time.perf_counter() - start, requests[0]

    items_read, seconds, reqs = read("scan", TableName=table_name)
    report("scan", items_read, seconds, reqs)

    total, seconds, reqs = 0, 0.0, 0
    for p in range(partitions):
        got, s, r = read(
            "query",
            TableName=table_name,
            KeyConditionExpression="pk = :p",
            ExpressionAttributeValues={":p": "p%d" % p},
        )
        total, seconds, reqs = total + got, seconds + s, reqs + r
    report("query", total, seconds, reqs)


def report(operation, items, seconds, requests):
    print(json.dumps({"operation": operation, "items": items, "seconds": seconds, "requests": requests}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
