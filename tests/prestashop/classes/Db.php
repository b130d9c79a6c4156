<?php
/**
 * PrestaShop's database layer, as DbPDO: one connection per process, opened by getInstance().
 *
 * Behaviour kept from PrestaShop 8.2:
 * - a connection that cannot be opened throws PrestaShopDatabaseException;
 * - a failed query returns false, and throws only when _PS_DEBUG_SQL_ is on;
 * - a query that fails because the server went away (error 2006 or 2013) reconnects once, so
 *   a dead server surfaces as PrestaShopDatabaseException from connect().
 * NOTE: the error mode is set to silent here so that failed queries return false as PrestaShop
 * documents; PrestaShop's own PDO options are not copied.
 */
class Db
{
    public const INSERT = 1;
    public const INSERT_IGNORE = 2;
    public const REPLACE = 3;
    public const ON_DUPLICATE_KEY = 4;

    /** @var Db|null */
    protected static $instance;

    /** @var PDO|null */
    protected $link;

    /** @var PDOStatement|false|int */
    protected $result;

    /** @var string */
    public $last_query = '';

    /** @var array|null error info of the last failed statement */
    protected $lastError;

    public static function getInstance($master = true)
    {
        if (self::$instance === null) {
            $instance = new Db();
            $instance->connect();
            self::$instance = $instance;
        }

        return self::$instance;
    }

    /**
     * Drops the process' connection, so the next getInstance() connects again.
     */
    public static function resetInstance(): void
    {
        self::$instance = null;
    }

    public function connect()
    {
        [$host, $port] = explode(':', _DB_SERVER_) + [1 => '3306'];
        $dsn = 'mysql:dbname=' . _DB_NAME_ . ';host=' . $host . ';port=' . $port . ';charset=utf8mb4';
        try {
            $this->link = new PDO($dsn, _DB_USER_, _DB_PASSWD_, [
                PDO::ATTR_TIMEOUT => 5,
                PDO::MYSQL_ATTR_USE_BUFFERED_QUERY => true,
                PDO::ATTR_ERRMODE => PDO::ERRMODE_SILENT,
            ]);
        } catch (PDOException $e) {
            throw new PrestaShopDatabaseException(sprintf('Link to database cannot be established: %s', $e->getMessage()));
        }
        $this->link->exec("SET SESSION sql_mode = ''");

        return $this->link;
    }

    public function disconnect()
    {
        $this->link = null;
    }

    protected function query($sql)
    {
        $this->last_query = $sql;
        $this->lastError = null;
        $this->result = @$this->link->query($sql);
        if ($this->result === false) {
            $this->lastError = $this->link->errorInfo();
            if (in_array((int) ($this->lastError[1] ?? 0), [2006, 2013], true)) {
                $this->connect();
                $this->lastError = null;
                $this->result = @$this->link->query($sql);
                if ($this->result === false) {
                    $this->lastError = $this->link->errorInfo();
                }
            }
        }
        if ($this->result === false && _PS_DEBUG_SQL_) {
            throw new PrestaShopDatabaseException($this->getMsgError() . '<br /><br /><pre>' . $sql . '</pre>');
        }

        return $this->result;
    }

    public function execute($sql, $use_cache = true)
    {
        $result = $this->query($sql);

        return $result !== false;
    }

    public function executeS($sql, $array = true, $use_cache = true)
    {
        $result = $this->query($sql);
        if ($result === false) {
            return false;
        }
        if (!$array) {
            return $result;
        }

        return $result->fetchAll(PDO::FETCH_ASSOC) ?: [];
    }

    public function getRow($sql, $use_cache = true)
    {
        $sql = rtrim($sql, " \t\n\r\0\x0B;");
        if (!preg_match('/\bLIMIT\s+\d+\s*(,\s*\d+\s*)?$/i', $sql)) {
            $sql .= ' LIMIT 1';
        }
        $result = $this->query($sql);
        if ($result === false) {
            return false;
        }
        $row = $result->fetch(PDO::FETCH_ASSOC);

        return $row === false ? false : $row;
    }

    public function getValue($sql, $use_cache = true)
    {
        $row = $this->getRow($sql, $use_cache);
        if (!is_array($row)) {
            return false;
        }

        return reset($row);
    }

    public function insert($table, $data, $null_values = false, $use_cache = true, $type = Db::INSERT, $add_prefix = true)
    {
        if (!$data && !$null_values) {
            return true;
        }
        if ($add_prefix) {
            $table = _DB_PREFIX_ . $table;
        }
        if (isset($data[0]) === false) {
            $data = [$data];
        }

        $keys = [];
        $values = [];
        $first = true;
        $duplicateKeys = [];
        foreach ($data as $row) {
            $rowValues = [];
            foreach ($row as $key => $value) {
                if ($first) {
                    $keys[] = '`' . bqSQL($key) . '`';
                    $duplicateKeys[] = '`' . bqSQL($key) . '` = VALUES(`' . bqSQL($key) . '`)';
                }
                $rowValues[] = $this->formatValue($value, $null_values);
            }
            $first = false;
            $values[] = '(' . implode(', ', $rowValues) . ')';
        }

        $verb = $type === Db::INSERT_IGNORE ? 'INSERT IGNORE' : ($type === Db::REPLACE ? 'REPLACE' : 'INSERT');
        $sql = $verb . ' INTO `' . $table . '` (' . implode(', ', $keys) . ') VALUES ' . implode(', ', $values);
        if ($type === Db::ON_DUPLICATE_KEY) {
            $sql .= ' ON DUPLICATE KEY UPDATE ' . implode(', ', $duplicateKeys);
        }

        return $this->execute($sql);
    }

    public function update($table, $data, $where = '', $limit = 0, $null_values = false, $use_cache = true, $add_prefix = true)
    {
        if (!$data) {
            return true;
        }
        if ($add_prefix) {
            $table = _DB_PREFIX_ . $table;
        }
        $sets = [];
        foreach ($data as $key => $value) {
            $sets[] = '`' . bqSQL($key) . '` = ' . $this->formatValue($value, $null_values);
        }
        $sql = 'UPDATE `' . bqSQL($table) . '` SET ' . implode(', ', $sets)
            . ($where ? ' WHERE ' . $where : '') . ($limit ? ' LIMIT ' . (int) $limit : '');

        return $this->execute($sql);
    }

    public function delete($table, $where = '', $limit = 0, $use_cache = true, $add_prefix = true)
    {
        if ($add_prefix) {
            $table = _DB_PREFIX_ . $table;
        }
        $sql = 'DELETE FROM `' . bqSQL($table) . '`' . ($where ? ' WHERE ' . $where : '')
            . ($limit ? ' LIMIT ' . (int) $limit : '');

        return $this->execute($sql);
    }

    /**
     * Formats one value for insert() and update() the way PrestaShop does: a plain value is
     * quoted as given (callers pSQL() it), ['type' => 'sql', 'value' => ...] goes in as SQL.
     */
    private function formatValue($value, $null_values)
    {
        if (is_array($value)) {
            if (($value['type'] ?? '') === 'sql') {
                return (string) $value['value'];
            }
            $value = $value['value'] ?? '';
        }
        if ($value === null || ($null_values && $value === '')) {
            return 'NULL';
        }
        if (is_bool($value)) {
            return $value ? "'1'" : "'0'";
        }

        return "'" . $value . "'";
    }

    public function Insert_ID()
    {
        return $this->link->lastInsertId();
    }

    public function Affected_Rows()
    {
        return $this->result instanceof PDOStatement ? $this->result->rowCount() : 0;
    }

    public function numRows()
    {
        return $this->Affected_Rows();
    }

    public function escape($string, $html_ok = false, $bq_sql = false)
    {
        $string = (string) $string;
        if (!is_numeric($string)) {
            $string = $this->_escape($string);
            if (!$html_ok) {
                $string = strip_tags(Tools::nl2br($string));
            }
            if ($bq_sql === true) {
                $string = str_replace('`', '\`', $string);
            }
        }

        return $string;
    }

    public function _escape($str)
    {
        return substr($this->link->quote($str), 1, -1);
    }

    public function getMsgError($query = false)
    {
        $error = $this->lastError ?? ($this->link ? $this->link->errorInfo() : ['00000']);

        return ($error[0] ?? '00000') === '00000' ? '' : (string) ($error[2] ?? '');
    }

    public function getNumberError()
    {
        $error = $this->lastError ?? ($this->link ? $this->link->errorInfo() : ['00000']);

        return (int) ($error[1] ?? 0);
    }

    public function getVersion()
    {
        return $this->getValue('SELECT VERSION()');
    }

    public function getLink()
    {
        return $this->link;
    }
}
