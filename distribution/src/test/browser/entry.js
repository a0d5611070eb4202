// The AWS SDK for JavaScript v3 DynamoDB client, bundled for a browser page by build-sdk.sh.
import { DynamoDBClient, GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";

window.CairnSdk = { DynamoDBClient, GetItemCommand, PutItemCommand };
