"""Reads compressed DynamoDB answers through botocore, as BotocoreCompressionIT asks.

botocore neither asks for nor inflates compressed responses itself, so this script adds
Accept-Encoding before each call and inflates the body before botocore parses it, as
scylladb test/alternator/test_compressed_response.py does against DynamoDB (there with the
'before-parse' event of newer botocore; here by wrapping the function that hands the HTTP
response to the parser, which every botocore version has). botocore's own
x-amz-crc32 check (its retry handler's crc32 policy for DynamoDB) still runs on the bytes as
received: a CRC of anything else fails the call with a ChecksumError.

Usage: botocore_compression.py ENDPOINT TABLE; prints one line per encoding.
"""
import gzip
import sys
import zlib

import boto3
import botocore.config
import botocore.endpoint

endpoint, table = sys.argv[1], sys.argv[2]
client = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1",
                      aws_access_key_id="x", aws_secret_access_key="x",
                      # legacy retries: the mode whose handler carries botocore's crc32 policy for DynamoDB
                      config=botocore.config.Config(retries={"max_attempts": 1, "mode": "legacy"}))
seen = {}


to_response_dict = botocore.endpoint.convert_to_response_dict


def inflating_response_dict(http_response, operation_model):
    response_dict = to_response_dict(http_response, operation_model)
    encoding = response_dict["headers"].get("Content-Encoding")
    seen["encoding"] = encoding
    seen["length"] = len(response_dict["body"])
    # What botocore's CRC32Checker compares: the header against the bytes as they arrived.
    seen["crc_of_sent_bytes"] = int(response_dict["headers"]["x-amz-crc32"]) == zlib.crc32(response_dict["body"])
    if encoding == "gzip":
        response_dict["body"] = gzip.decompress(response_dict["body"])
    elif encoding == "deflate":
        response_dict["body"] = zlib.decompress(response_dict["body"])
    return response_dict


botocore.endpoint.convert_to_response_dict = inflating_response_dict
big = "x" * 5000
client.put_item(TableName=table, Item={"pk": {"S": "big"}, "x": {"S": big}})
for wanted in ("gzip", "deflate"):
    def accept(params, **kwargs):
        params["headers"]["Accept-Encoding"] = wanted
    client.meta.events.register("before-call", accept)
    item = client.get_item(TableName=table, Key={"pk": {"S": "big"}})["Item"]
    client.meta.events.unregister("before-call", accept)
    good = item["x"]["S"] == big and seen["crc_of_sent_bytes"]
    print("OK" if good else "WRONG", seen["encoding"], seen["length"])
