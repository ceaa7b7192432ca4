"""boto3's side of the bulk benchmark, one phase per run: load n small items with
Table.batch_writer, or read a table back with the scan or the query paginator (one query per
partition) of the resource's client (which boto3 sets up to turn items into Python values, as the
resource layer does). Requests are counted with botocore's before-send event. Prints one JSON
object: items, seconds, requests.

usage: boto3_bulk.py write|scan|query ENDPOINT TABLE N PARTITIONS
"""
import json
import sys
import time
from decimal import Decimal

import boto3


def main():
    operation, endpoint, table_name = sys.argv[1], sys.argv[2], sys.argv[3]
    n, partitions = int(sys.argv[4]), int(sys.argv[5])
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

    if operation == "write":
        # The same data as SampleData.small(i), made before the clock starts.
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
        start = time.perf_counter()
        with table.batch_writer() as writer:
            for item in items:
                writer.put_item(Item=item)
        report(n, time.perf_counter() - start, requests[0])
        return

    start = time.perf_counter()
    count_items = 0
    if operation == "scan":
        for page in client.get_paginator("scan").paginate(TableName=table_name):
            count_items += len(page["Items"])
    else:
        for p in range(partitions):
            pages = client.get_paginator("query").paginate(
                TableName=table_name,
                KeyConditionExpression="pk = :p",
                ExpressionAttributeValues={":p": "p%d" % p},
            )
            for page in pages:
                count_items += len(page["Items"])
    report(count_items, time.perf_counter() - start, requests[0])


def report(items, seconds, requests):
    print(json.dumps({"items": items, "seconds": seconds, "requests": requests}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
