<?php
/**
 * PrestaShop's logger: rows in ps_log. Like PrestaShop, a message identical to an earlier one
 * for the same object is not stored again unless $allowDuplicate.
 */
class PrestaShopLogger extends ObjectModel
{
    public const LOG_SEVERITY_LEVEL_INFORMATIVE = 1;
    public const LOG_SEVERITY_LEVEL_WARNING = 2;
    public const LOG_SEVERITY_LEVEL_ERROR = 3;
    public const LOG_SEVERITY_LEVEL_MAJOR = 4;

    public $id_employee;
    public $id_shop;
    public $id_shop_group;
    public $id_lang;
    public $in_all_shops = 0;
    public $severity;
    public $error_code;
    public $message;
    public $object_type;
    public $object_id;
    public $date_add;
    public $date_upd;

    public static $definition = [
        'table' => 'log',
        'primary' => 'id_log',
        'fields' => [
            'severity' => ['type' => self::TYPE_INT, 'validate' => 'isInt', 'required' => true],
            'error_code' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt', 'allow_null' => true],
            'message' => ['type' => self::TYPE_STRING, 'validate' => 'isString', 'required' => true],
            'object_id' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'allow_null' => true],
            'id_shop' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'allow_null' => true],
            'id_shop_group' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'allow_null' => true],
            'id_lang' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'allow_null' => true],
            'in_all_shops' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'id_employee' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'allow_null' => true],
            'object_type' => ['type' => self::TYPE_STRING, 'validate' => 'isName', 'allow_null' => true],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
        ],
    ];

    public static function addLog($message, $severity = 1, $errorCode = null, $objectType = null, $objectId = null, $allowDuplicate = false, $idEmployee = null)
    {
        $log = new PrestaShopLogger();
        $log->severity = (int) $severity;
        $log->error_code = $errorCode !== null ? (int) $errorCode : null;
        $log->message = pSQL((string) $message);
        $log->object_type = $objectType !== null ? pSQL((string) $objectType) : null;
        $log->object_id = $objectId !== null ? (int) $objectId : null;
        $log->id_employee = $idEmployee !== null ? (int) $idEmployee : null;
        $log->id_shop = (int) (Context::getContext()->shop->id ?? 1);
        $log->id_shop_group = 1;
        $log->id_lang = (int) (Context::getContext()->language->id ?? 1);
        $log->date_add = date('Y-m-d H:i:s');
        $log->date_upd = date('Y-m-d H:i:s');
        if (!$allowDuplicate && $log->isDuplicate()) {
            return true;
        }

        return $log->add();
    }

    private function isDuplicate()
    {
        return (bool) Db::getInstance()->getValue('SELECT COUNT(*) FROM ' . _DB_PREFIX_ . "log
            WHERE message = '" . $this->message . "' AND severity = " . (int) $this->severity
            . ' AND error_code ' . ($this->error_code === null ? 'IS NULL' : '= ' . (int) $this->error_code)
            . ' AND object_type ' . ($this->object_type === null ? 'IS NULL' : "= '" . $this->object_type . "'")
            . ' AND object_id ' . ($this->object_id === null ? 'IS NULL' : '= ' . (int) $this->object_id));
    }
}
