<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws\Response;

/**
 * Answers of the Feeds section: SubmitFeed, GetFeedSubmissionList and the processing report.
 * Twin of the Rust module `mws::response::feeds`.
 */
final class FeedsAnswers
{
    /** @return array<string, mixed> */
    public static function submitFeed(?string $requestId, Element $result): array
    {
        $info = $result->child('FeedSubmissionInfo') ?? throw Fields::missing('FeedSubmissionInfo', $result->name);

        return ['request_id' => $requestId, 'feed_submission' => self::feedSubmissionInfo($info)];
    }

    /** @return array<string, mixed> */
    public static function feedSubmissionList(?string $requestId, Element $result): array
    {
        return Paging::start($requestId, $result) + [
            'feed_submissions' => array_map(
                [self::class, 'feedSubmissionInfo'],
                $result->childrenNamed('FeedSubmissionInfo'),
            ),
        ];
    }

    /**
     * GetFeedSubmissionResult: the ProcessingReport of an AmazonEnvelope. StatusCode Complete only
     * means Amazon finished processing; 'successful' is true only when MessagesWithError is 0.
     *
     * @return array<string, mixed>
     */
    public static function processingReport(Element $root): array
    {
        if ($root->name !== 'AmazonEnvelope') {
            throw Fields::invalid($root->name, sprintf(
                "the answer's root element is %s, expected AmazonEnvelope with a ProcessingReport",
                $root->name,
            ));
        }
        $report = null;
        foreach ($root->childrenNamed('Message') as $message) {
            $report = $message->child('ProcessingReport');
            if ($report !== null) {
                break;
            }
        }
        if ($report === null) {
            throw Fields::missing('ProcessingReport', 'AmazonEnvelope/Message');
        }
        $summary = $report->child('ProcessingSummary') ?? throw Fields::missing('ProcessingSummary', 'ProcessingReport');
        $count = static fn (string $name): int => Fields::parseInteger(Fields::requiredText($summary, $name), $name);
        $errors = $count('MessagesWithError');

        return [
            'request_id' => null,
            'merchant_identifier' => $root->child('Header')?->childText('MerchantIdentifier'),
            'document_transaction_id' => Fields::text($report, 'DocumentTransactionID'),
            'status_code' => Fields::requiredText($report, 'StatusCode'),
            'messages_processed' => $count('MessagesProcessed'),
            'messages_successful' => $count('MessagesSuccessful'),
            'messages_with_error' => $errors,
            'messages_with_warning' => $count('MessagesWithWarning'),
            'successful' => $errors === 0,
            'results' => array_map([self::class, 'processingResult'], $report->childrenNamed('Result')),
        ];
    }

    /** @return array<string, mixed> */
    private static function processingResult(Element $result): array
    {
        $additional = $result->child('AdditionalInfo');

        return [
            'message_id' => Fields::integer($result, 'MessageID'),
            'result_code' => Fields::text($result, 'ResultCode'),
            'result_message_code' => Fields::text($result, 'ResultMessageCode'),
            'result_description' => Fields::text($result, 'ResultDescription'),
            'amazon_order_id' => $additional?->childText('AmazonOrderID'),
            'merchant_order_id' => $additional?->childText('MerchantOrderID'),
            'amazon_order_item_code' => $additional?->childText('AmazonOrderItemCode'),
            'sku' => $additional?->childText('SKU'),
        ];
    }

    /** @return array<string, mixed> */
    private static function feedSubmissionInfo(Element $info): array
    {
        return [
            'feed_submission_id' => Fields::requiredText($info, 'FeedSubmissionId'),
            'feed_type' => Fields::text($info, 'FeedType'),
            'submitted_date' => Fields::date($info, 'SubmittedDate'),
            'feed_processing_status' => Fields::text($info, 'FeedProcessingStatus'),
            'started_processing_date' => Fields::date($info, 'StartedProcessingDate'),
            'completed_processing_date' => Fields::date($info, 'CompletedProcessingDate'),
        ];
    }
}
