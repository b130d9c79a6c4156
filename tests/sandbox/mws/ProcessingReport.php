<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Writes the result of GetFeedSubmissionResult: an AmazonEnvelope of MessageType
 * ProcessingReport with the ProcessingSummary and one Result per error.
 *
 * Every message succeeds unless the feed content has a problem (ResultMessageCode 5001 for the
 * whole document) or the scenario planned a failure of one message.
 */
final class ProcessingReport
{
    /** @param array<string, mixed> $feed a record of the state document "feeds" */
    public static function write(array $feed): string
    {
        $messages = (int) $feed['messages'];
        $results = [];
        if ($feed['problem'] !== null) {
            // NOTE: the code and counts for a document MWS cannot read follow reports seen in
            // public integrations (5001, nothing processed); MWS's exact wording is not copied.
            $results[] = ['MessageID' => 0, 'ResultCode' => 'Error', 'ResultMessageCode' => 5001,
                'ResultDescription' => $feed['problem']];
            $summary = [0, 0, 1];
        } elseif ($feed['failure'] !== null) {
            $failure = $feed['failure'];
            $orderId = $feed['amazon_order_ids'][(string) $failure['message_id']] ?? null;
            $results[] = [
                'MessageID' => $failure['message_id'],
                'ResultCode' => 'Error',
                'ResultMessageCode' => $failure['code'],
                'ResultDescription' => $failure['description'],
                'AdditionalInfo' => $orderId === null ? null : ['AmazonOrderID' => $orderId],
            ];
            $summary = [$messages, max(0, $messages - 1), 1];
        } else {
            $summary = [$messages, $messages, 0];
        }

        $writer = XmlResponse::start();
        $writer->startElement('AmazonEnvelope');
        $writer->writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
        $writer->writeAttribute('xsi:noNamespaceSchemaLocation', 'amzn-envelope.xsd');
        XmlResponse::write($writer, 'Header', ['DocumentVersion' => '1.02', 'MerchantIdentifier' => $feed['merchant']]);
        XmlResponse::write($writer, 'MessageType', 'ProcessingReport');
        XmlResponse::write($writer, 'Message', [
            'MessageID' => 1,
            'ProcessingReport' => [
                'DocumentTransactionID' => $feed['info']['FeedSubmissionId'],
                'StatusCode' => 'Complete',
                'ProcessingSummary' => [
                    'MessagesProcessed' => $summary[0],
                    'MessagesSuccessful' => $summary[1],
                    'MessagesWithError' => $summary[2],
                    'MessagesWithWarning' => 0,
                ],
                'Result' => $results,
            ],
        ]);
        $writer->endElement();

        return XmlResponse::finish($writer);
    }
}
