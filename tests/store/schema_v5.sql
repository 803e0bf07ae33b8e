CREATE INDEX ix_channel_day_day ON channel_day (day)
CREATE INDEX ix_event_phase_event_uuid ON event_phase (event_uuid)
CREATE INDEX ix_event_start ON event (start)
CREATE INDEX ix_event_template_key ON event (template_key)
CREATE INDEX ix_markdown_step_stock_uuid ON markdown_step (stock_uuid)
CREATE INDEX ix_product_code ON product (code)
CREATE INDEX ix_product_day_product_uuid ON product_day (product_uuid)
CREATE INDEX ix_stock_arrival_stock_uuid ON stock_arrival (stock_uuid)
CREATE INDEX ix_task_due ON task (due)
CREATE INDEX ix_task_event_uuid ON task (event_uuid)
-- index sqlite_autoindex_budget_month_1 (automatic)
-- index sqlite_autoindex_budget_month_2 (automatic)
-- index sqlite_autoindex_channel_day_1 (automatic)
-- index sqlite_autoindex_daily_actual_1 (automatic)
-- index sqlite_autoindex_event_1 (automatic)
-- index sqlite_autoindex_event_phase_1 (automatic)
-- index sqlite_autoindex_event_product_1 (automatic)
-- index sqlite_autoindex_plan_1 (automatic)
-- index sqlite_autoindex_product_1 (automatic)
-- index sqlite_autoindex_product_day_1 (automatic)
-- index sqlite_autoindex_product_milestone_1 (automatic)
-- index sqlite_autoindex_setting_1 (automatic)
-- index sqlite_autoindex_stock_plan_1 (automatic)
-- index sqlite_autoindex_stock_plan_2 (automatic)
-- index sqlite_autoindex_task_1 (automatic)
-- index sqlite_autoindex_task_template_1 (automatic)
CREATE TABLE budget_month (
	uuid VARCHAR NOT NULL, 
	month INTEGER NOT NULL, 
	weight FLOAT NOT NULL, 
	uv FLOAT NOT NULL, 
	cvr FLOAT NOT NULL, 
	aov FLOAT NOT NULL, 
	spend_search FLOAT NOT NULL, 
	spend_display FLOAT NOT NULL, 
	affiliate_rate FLOAT NOT NULL, 
	affiliate_share FLOAT NOT NULL, 
	spend_live FLOAT NOT NULL, 
	spend_offsite FLOAT NOT NULL, 
	spend_other FLOAT NOT NULL, 
	cogs_rate FLOAT NOT NULL, 
	shipping_per_order FLOAT NOT NULL, 
	commission_rate FLOAT NOT NULL, 
	payment_fee_rate FLOAT NOT NULL, 
	refund_rate FLOAT NOT NULL, 
	fixed_costs FLOAT NOT NULL, 
	cpc FLOAT NOT NULL, 
	orders_per_buyer FLOAT NOT NULL, 
	affiliate_refund_rate FLOAT NOT NULL, 
	affiliate_service_rate FLOAT NOT NULL, 
	refund_unshipped_share FLOAT NOT NULL, 
	refund_only_share FLOAT NOT NULL, 
	write_down_share FLOAT NOT NULL, 
	return_cost FLOAT NOT NULL, 
	vat_rate FLOAT NOT NULL, 
	roi_search FLOAT NOT NULL, 
	roi_display FLOAT NOT NULL, 
	roi_live FLOAT NOT NULL, 
	roi_offsite FLOAT NOT NULL, 
	PRIMARY KEY (uuid), 
	UNIQUE (month)
)
CREATE TABLE channel_day (
	"key" VARCHAR NOT NULL, 
	day DATE NOT NULL, 
	channel VARCHAR NOT NULL, 
	spend FLOAT NOT NULL, 
	clicks INTEGER NOT NULL, 
	gmv FLOAT NOT NULL, 
	PRIMARY KEY ("key")
)
CREATE TABLE daily_actual (
	day DATE NOT NULL, 
	uv INTEGER NOT NULL, 
	buyers INTEGER NOT NULL, 
	orders INTEGER NOT NULL, 
	gmv FLOAT NOT NULL, 
	spend FLOAT NOT NULL, 
	refunds FLOAT NOT NULL, 
	PRIMARY KEY (day)
)
CREATE TABLE event (
	uuid VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	start DATE NOT NULL, 
	"end" DATE NOT NULL, 
	market VARCHAR NOT NULL, 
	platform VARCHAR NOT NULL, 
	template_key VARCHAR, 
	occurrence VARCHAR, 
	registration_deadline DATE, 
	registered BOOLEAN NOT NULL, 
	color VARCHAR NOT NULL, 
	uplift FLOAT NOT NULL, 
	count_uplift_anyway BOOLEAN DEFAULT '0' NOT NULL, 
	discount FLOAT NOT NULL, 
	owner VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, 
	edited BOOLEAN NOT NULL, 
	sequence INTEGER NOT NULL, 
	PRIMARY KEY (uuid)
)
CREATE TABLE event_phase (
	uuid VARCHAR NOT NULL, 
	event_uuid VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	kind VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	start DATETIME NOT NULL, 
	"end" DATETIME NOT NULL, 
	PRIMARY KEY (uuid), 
	FOREIGN KEY(event_uuid) REFERENCES event (uuid) ON DELETE CASCADE
)
CREATE TABLE event_product (
	event_uuid VARCHAR NOT NULL, 
	product_uuid VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY (event_uuid, product_uuid), 
	FOREIGN KEY(event_uuid) REFERENCES event (uuid) ON DELETE CASCADE, 
	FOREIGN KEY(product_uuid) REFERENCES product (uuid) ON DELETE CASCADE
)
CREATE TABLE markdown_step (
	id INTEGER NOT NULL, 
	stock_uuid VARCHAR NOT NULL, 
	start DATE NOT NULL, 
	discount FLOAT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(stock_uuid) REFERENCES stock_plan (uuid) ON DELETE CASCADE
)
CREATE TABLE "plan" (
	uuid VARCHAR NOT NULL, 
	store_name VARCHAR NOT NULL, 
	year INTEGER NOT NULL, 
	markets VARCHAR NOT NULL, 
	platforms VARCHAR NOT NULL, 
	currency VARCHAR NOT NULL, 
	locale VARCHAR NOT NULL, 
	annual_target FLOAT NOT NULL, 
	shipping_cutoff_days INTEGER NOT NULL, 
	PRIMARY KEY (uuid)
)
CREATE TABLE product (
	uuid VARCHAR NOT NULL, 
	code VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	season VARCHAR NOT NULL, 
	category VARCHAR NOT NULL, 
	wave VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	unit_cost FLOAT NOT NULL, 
	list_price FLOAT NOT NULL, 
	launch DATE, 
	delist DATE, 
	status VARCHAR NOT NULL, 
	first_order_qty INTEGER NOT NULL, 
	lead_time_days INTEGER NOT NULL, 
	inbound_buffer_days INTEGER NOT NULL, 
	planned_price_change DATE, 
	owner VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (uuid)
)
CREATE TABLE product_day (
	"key" VARCHAR NOT NULL, 
	product_uuid VARCHAR NOT NULL, 
	day DATE NOT NULL, 
	uv INTEGER NOT NULL, 
	units INTEGER NOT NULL, 
	gmv FLOAT NOT NULL, 
	PRIMARY KEY ("key"), 
	FOREIGN KEY(product_uuid) REFERENCES product (uuid) ON DELETE CASCADE
)
CREATE TABLE product_milestone (
	product_uuid VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	days_before_launch INTEGER NOT NULL, 
	PRIMARY KEY (product_uuid, kind), 
	FOREIGN KEY(product_uuid) REFERENCES product (uuid) ON DELETE CASCADE
)
CREATE TABLE setting (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
)
CREATE TABLE stock_arrival (
	id INTEGER NOT NULL, 
	stock_uuid VARCHAR NOT NULL, 
	day DATE NOT NULL, 
	units INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(stock_uuid) REFERENCES stock_plan (uuid) ON DELETE CASCADE
)
CREATE TABLE stock_plan (
	uuid VARCHAR NOT NULL, 
	product_uuid VARCHAR NOT NULL, 
	on_hand INTEGER NOT NULL, 
	base_weekly_sales FLOAT NOT NULL, 
	season_end DATE, 
	elasticity FLOAT NOT NULL, 
	target_sell_through FLOAT NOT NULL, 
	allowed_discounts VARCHAR NOT NULL, 
	PRIMARY KEY (uuid), 
	UNIQUE (product_uuid), 
	FOREIGN KEY(product_uuid) REFERENCES product (uuid) ON DELETE CASCADE
)
CREATE TABLE task (
	uuid VARCHAR NOT NULL, 
	event_uuid VARCHAR, 
	template_key VARCHAR, 
	title VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	due DATE NOT NULL, 
	status VARCHAR NOT NULL, 
	owner VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (uuid), 
	FOREIGN KEY(event_uuid) REFERENCES event (uuid) ON DELETE CASCADE
)
CREATE TABLE task_template (
	"key" VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	due_from VARCHAR NOT NULL, 
	days INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY ("key")
)
